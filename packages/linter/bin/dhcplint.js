#!/usr/bin/env node
import '../dist/dhcplint.bundle.js';
