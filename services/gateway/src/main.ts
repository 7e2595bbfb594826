import { runService } from '@cchc/kit';
import { readConfig, startGateway } from './app.js';

runService('gateway', readConfig, startGateway);
