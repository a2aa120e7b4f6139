import { PageQuery } from '@techpact/api/infra-http';

export class TimelineQueryDto extends PageQuery({ defaultLimit: 100, maxLimit: 200 }) {}
