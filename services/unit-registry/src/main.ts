import { runService } from '@cchc/kit';
import { readConfig, startUnitRegistry } from './app.js';

runService('unit-registry', readConfig, startUnitRegistry);
