import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { SiteController } from './site.controller';

@Module({ imports: [UsersModule], controllers: [SiteController] })
export class SiteModule {}
