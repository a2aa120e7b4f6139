import { Module } from '@nestjs/common';
import { InfraQueueModule } from '@techpact/api/infra-queue';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [InfraQueueModule.forApi()],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
