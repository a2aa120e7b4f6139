import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The six EU Digital Maturity Assessment dimensions as they were when this migration was written
 * (a frozen copy: later edits of the defaults live in `@techpact/api/assessments`, and programmes
 * edit their own rows).
 */
const DEFAULT_DIMENSIONS: {
  key: string;
  name: string;
  description: string;
  levels: string[];
  categories: string[];
}[] = [
  {
    key: 'digital-business-strategy',
    name: 'Digital business strategy',
    description:
      'How far digitalisation is part of the business strategy: investments, priorities and readiness to change the business model.',
    levels: [
      'No digital strategy; digitalisation is not discussed.',
      'Single digital initiatives without a plan.',
      'Digital needs are identified; some budget is set aside.',
      'A digital strategy exists and guides the investments.',
      'The strategy is followed up regularly and covers several departments.',
      'Digitalisation drives the business model and is reviewed with partners and customers.',
    ],
    categories: ['Digital strategy and roadmap', 'Business model innovation'],
  },
  {
    key: 'digital-readiness',
    name: 'Digital readiness',
    description:
      'The digital technologies in use today, from basic connectivity and ERP to IoT, cloud and integrated production systems.',
    levels: [
      'Paper and spreadsheets; no business systems.',
      'Basic office IT and a few stand-alone systems.',
      'An ERP or MES covers core processes; little integration.',
      'Core systems are integrated; some machines are connected.',
      'Machines and systems exchange data; cloud services are used.',
      'A connected, integrated production where data flows end to end.',
    ],
    categories: [
      'ERP and MES integration',
      'IoT and machine connectivity',
      'Cloud and connectivity',
    ],
  },
  {
    key: 'human-centric-digitalisation',
    name: 'Human-centric digitalisation',
    description:
      'How staff are skilled, involved and supported when new technology arrives: training, engagement, working conditions.',
    levels: [
      'Staff are not involved in digital changes; no training.',
      'Ad hoc training when a new system arrives.',
      'Digital skills needs are known; some planned training.',
      'Staff take part in choosing and introducing technology.',
      'Continuous upskilling; digital tools improve working conditions.',
      'A learning organisation where staff drive digital improvements.',
    ],
    categories: ['Skills and training', 'Change management and staff involvement'],
  },
  {
    key: 'data-management-and-governance',
    name: 'Data management and governance',
    description:
      'How data is collected, stored, secured and used for decisions, including cybersecurity.',
    levels: [
      'Data is not collected systematically; no security routines.',
      'Some data is stored, in separate places; basic antivirus and backups.',
      'Key data is collected and stored centrally; security rules exist.',
      'Data is analysed to support decisions; access and backups are managed.',
      'Data is integrated across systems and used for forecasting; security is tested.',
      'Data is a strategic asset, shared with partners under clear governance.',
    ],
    categories: ['Data platform and analytics', 'Cybersecurity'],
  },
  {
    key: 'automation-and-artificial-intelligence',
    name: 'Automation and artificial intelligence',
    description: 'The use of automation, robotics and AI in production and business processes.',
    levels: [
      'Manual processes throughout.',
      'Single automated machines.',
      'Automated cells or lines in parts of the production.',
      'Robots and automated handling across several processes; first AI trials.',
      'Automation is coordinated by systems; AI is used in selected processes.',
      'Largely autonomous processes with AI-supported planning and quality.',
    ],
    categories: ['Robotics and automation', 'AI and machine learning', 'Production planning'],
  },
  {
    key: 'green-digitalisation',
    name: 'Green digitalisation',
    description:
      'How digital technology is used to reduce energy use, waste and environmental impact.',
    levels: [
      'Environmental impact is not measured.',
      'Energy and material use are known from bills only.',
      'Main consumers are measured; some savings targets.',
      'Digital monitoring of energy and materials guides improvements.',
      'Environmental data is integrated in planning and reported.',
      'Digitalisation is used systematically for sustainable products and processes.',
    ],
    categories: ['Energy monitoring', 'Resource efficiency and waste reduction'],
  },
];

/**
 * Assessment dimensions (programme data, with the mapping to upgrade categories), assessments
 * (T0 baseline, T1 follow-up; the dimension set they used is kept as a snapshot) and their scores.
 */
export class Assessments1795600100000 implements MigrationInterface {
  name = 'Assessments1795600100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessment_dimension (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id),
        key text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        -- Six descriptors, for levels 0 to 5.
        levels jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'array' AND jsonb_array_length(levels) = 6),
        upgrade_categories text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (programme_id, key),
        UNIQUE (programme_id, name)
      )`);
    for (const [position, d] of DEFAULT_DIMENSIONS.entries()) {
      await db.query(
        `INSERT INTO assessment_dimension (programme_id, key, name, description, levels, upgrade_categories, position)
         SELECT p.id, $1, $2, $3, $4::jsonb, $5::text[], $6 FROM programme p`,
        [d.key, d.name, d.description, JSON.stringify(d.levels), d.categories, position],
      );
    }

    await db.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_file(id),
        kind text NOT NULL CHECK (kind IN ('T0', 'T1')),
        -- The dimensions (id, key, name, description, levels, categories) this assessment uses.
        dimensions jsonb NOT NULL CHECK (jsonb_typeof(dimensions) = 'array'),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 10000),
        created_by uuid REFERENCES app_user(id),
        updated_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        submitted_by uuid REFERENCES app_user(id),
        UNIQUE (case_id, kind)
      )`);
    await db.query(`
      CREATE TABLE assessment_score (
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        dimension_id uuid NOT NULL REFERENCES assessment_dimension(id),
        score smallint CHECK (score BETWEEN 0 AND 5),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
        PRIMARY KEY (assessment_id, dimension_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assessment_score`);
    await db.query(`DROP TABLE assessment`);
    await db.query(`DROP TABLE assessment_dimension`);
  }
}
