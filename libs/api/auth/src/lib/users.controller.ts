import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Page, type UserResponse } from '@techpact/contracts';
import { Access } from './access.decorator';
import { type AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Access('admin', 'coordinator')
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListUsersQuery): Promise<Page<UserResponse>> {
    return this.users.list(user, query);
  }

  @Access('admin')
  @Get(':id')
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UserResponse> {
    return this.users.get(user, id);
  }

  @Access('admin')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(user, id, body);
  }
}
