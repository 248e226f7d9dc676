// Zod compiles fast validators with `new Function` when it may; the app's CSP
// forbids eval, and the probe alone logs a violation. Validation works the same
// without it. Imported first, before anything validates.
import { z } from 'zod';

z.config({ jitless: true });
