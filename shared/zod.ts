// The one place zod is imported from. Zod 4 probes `new Function` to speed up
// parsing; under the renderer's strict CSP (no 'unsafe-eval') that probe is a
// CSP violation, so jitless mode is switched on before any schema exists.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
