import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser, SignedIn } from '@techpact/api/auth';
import { type MunicipalityResponse, type ProgrammeResponse } from '@techpact/contracts';
import {
  CreateMunicipalityDto,
  ListMunicipalitiesQuery,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@Controller()
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Access('admin')
  @Get('programmes')
  list(): Promise<ProgrammeResponse[]> {
    return this.programmes.listProgrammes();
  }

  @Access('admin')
  @Post('programmes')
  create(@Body() body: CreateProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.createProgramme(body);
  }

  @Access('admin')
  @Patch('programmes/:id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProgrammeDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.updateProgramme(id, body);
  }

  @SignedIn()
  @Get('municipalities')
  listMunicipalities(
    @CurrentUser() user: AuthUser,
    @Query() query: ListMunicipalitiesQuery,
  ): Promise<MunicipalityResponse[]> {
    return this.programmes.listMunicipalities(user, query.programmeId);
  }

  @Access('admin')
  @Post('municipalities')
  createMunicipality(@Body() body: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    return this.programmes.createMunicipality(body);
  }

  @Access('admin')
  @Patch('municipalities/:id')
  updateMunicipality(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMunicipalityDto,
  ): Promise<MunicipalityResponse> {
    return this.programmes.updateMunicipality(id, body);
  }
}
