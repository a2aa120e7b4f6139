import { ApiProperty } from '@nestjs/swagger';
import { type AddSuggestedUpgradesRequest } from '@techpact/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';

export class AddSuggestedUpgradesDto implements AddSuggestedUpgradesRequest {
  @ApiProperty({ type: [String], description: 'Keys from the draft\'s "suggestions".' })
  @IsArray()
  @ArrayMinSize(1, { message: 'keys must list at least one suggestion' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  keys!: string[];
}
