import { DynamicModule, Module } from '@nestjs/common';
import { AdminModule } from './admin/admin.module';
import { AgendaModule } from './agenda/agenda.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { CommentsModule } from './comments/comments.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { EditionsModule } from './editions/editions.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { PeopleModule } from './people/people.module';
import { PreparationModule } from './preparation/preparation.module';
import { SignUpsModule } from './sign-ups/sign-ups.module';
import { SiteModule } from './site/site.module';
import { ThemesModule } from './themes/themes.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        MailModule,
        HealthModule,
        UsersModule,
        AuthModule,
        SiteModule,
        EditionsModule,
        EnrolmentsModule,
        PeopleModule,
        SignUpsModule,
        AdminModule,
        ThemesModule,
        CasesModule,
        PreparationModule,
        CommentsModule,
        AgendaModule,
        DemoModule,
      ],
    };
  }
}
