#!/usr/bin/env node
'use strict';
require('./run-bundle.js').runBundle(require('node:path').join(__dirname, '../dist/dhcplint.bundle.cjs'));
