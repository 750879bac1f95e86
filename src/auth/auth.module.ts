import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { CurrentUserMiddleware } from './current-user.middleware';
import { LoginAttempt } from './login-attempt.entity';
import { OneTimeToken } from './one-time-token.entity';

@Module({
  imports: [TypeOrmModule.forFeature([LoginAttempt, OneTimeToken]), UsersModule, MailModule],
  controllers: [AuthController],
  providers: [AuthRepository, AuthService],
  exports: [AuthService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CurrentUserMiddleware).forRoutes('*');
  }
}
