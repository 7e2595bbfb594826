import { runService } from '@cchc/kit';
import { readConfig, startInspection } from './app.js';

runService('inspection', readConfig, startInspection);
