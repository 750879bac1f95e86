import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { parseConfig } from '../config/parse-config';
import { buildDataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI (`npm run migration:*`); the app builds its own in DatabaseModule. */
export default new DataSource(buildDataSourceOptions(parseConfig(process.env).database));
