#!/usr/bin/env node
// The installed `inclusive-audit` command: run the CLI and exit with its code.
import { main } from './cli.js';

main(process.argv).then((code) => process.exit(code));
