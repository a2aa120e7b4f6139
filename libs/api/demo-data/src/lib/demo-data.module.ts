import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AuthModule } from '@techpact/api/auth';
import { CasesModule } from '@techpact/api/cases';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { DemoSeedService } from './demo-seed.service';

/** Seeds an empty database at start-up when SEED_DEMO_IF_EMPTY is set (the development start). */
@Module({
  imports: [AuthModule, CasesModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoDataModule implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: DemoSeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemoIfEmpty) await this.seeder.seedIfEmpty();
  }
}
