import { PageQuery } from '@techpact/api/infra-http';

export class CaseTimeEntriesQueryDto extends PageQuery({ defaultLimit: 50, maxLimit: 200 }) {}
