import { type EntityManager } from 'typeorm';

export interface DefaultDimension {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** Descriptors of levels 0–5. */
  readonly levels: readonly string[];
  readonly upgradeCategories: readonly string[];
}

/**
 * The six dimensions of the EU Digital Maturity Assessment (European Digital Innovation Hubs),
 * with level descriptors and the upgrade categories suggested when a dimension is weak. Every
 * programme starts with these; admins edit their programme's copy.
 */
export const DEFAULT_DIMENSIONS: readonly DefaultDimension[] = [
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
    upgradeCategories: ['Digital strategy and roadmap', 'Business model innovation'],
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
    upgradeCategories: [
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
    upgradeCategories: ['Skills and training', 'Change management and staff involvement'],
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
    upgradeCategories: ['Data platform and analytics', 'Cybersecurity'],
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
    upgradeCategories: [
      'Robotics and automation',
      'AI and machine learning',
      'Production planning',
    ],
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
    upgradeCategories: ['Energy monitoring', 'Resource efficiency and waste reduction'],
  },
];

/**
 * Gives a programme the default dimensions unless it has dimensions already; inside the
 * caller's transaction. Call it when a programme is created (the migration did it for the
 * programmes that existed then). Returns how many were added.
 */
export async function seedDefaultDimensions(
  manager: EntityManager,
  programmeId: string,
): Promise<number> {
  // Serialises two first uses of the same programme.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('techpact:dimensions:' || $1))`, [
    programmeId,
  ]);
  const existing = (await manager.query(
    `SELECT 1 FROM assessment_dimension WHERE programme_id = $1 LIMIT 1`,
    [programmeId],
  )) as unknown[];
  if (existing.length > 0) return 0;
  await manager.query(
    `INSERT INTO assessment_dimension (programme_id, key, name, description, levels, upgrade_categories, position)
     SELECT $1, d.key, d.name, d.description, d.levels, ARRAY(SELECT jsonb_array_elements_text(d.categories)), d.position
       FROM jsonb_to_recordset($2::jsonb)
            AS d(key text, name text, description text, levels jsonb, categories jsonb, position int)`,
    [
      programmeId,
      JSON.stringify(
        DEFAULT_DIMENSIONS.map((d, position) => ({
          key: d.key,
          name: d.name,
          description: d.description,
          levels: d.levels,
          categories: d.upgradeCategories,
          position,
        })),
      ),
    ],
  );
  return DEFAULT_DIMENSIONS.length;
}
