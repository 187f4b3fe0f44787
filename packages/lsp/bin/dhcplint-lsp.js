#!/usr/bin/env node
import '../dist/dhcplint-lsp.bundle.js';
