#!/usr/bin/env node
// `npx notebook …`: the CLI is TypeScript (notes/cli/main.ts), run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../notes/cli/main.ts');
