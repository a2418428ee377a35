// Every GraphQL document the explorer sends, as named operations: the "query" button of a panel shows the one it ran,
// and opening it in Banana Cake Pop runs the same text with the same variables.

// The facts a relationship carries (its citations, status and figures), for the graph, the paths and the side panel.
export const RELATIONSHIP_FACTS = `fragment RelationshipFacts on Relationship {
  key
  type
  qualifier
  status
  statusNote
  evidenceLevel
  citations { value kind url }
  ... on TargetsRelationship { mechanism }
  ... on SensitiveToRelationship { arm { key name n orrPercent } }
  ... on ResistantToRelationship { arm { key name n orrPercent } }
  ... on EvaluatesRelationship { role doseAmount doseAmountMax doseUnit schedule route }
  ... on EnrollsRelationship { sharePercent }
  ... on HasAdverseEventRelationship { n anyGradePercent grade3PlusPercent grade3To4Percent grade5Count attribution source analysis ctcaeVersion }
  ... on ConfersResistanceToRelationship { evidenceFrom observedIn { name } }
  ... on OvercomeByRelationship { evidenceFrom observedIn { name } }
  ... on InvolvesRelationship { involvementRole: role }
  ... on MemberOfRelationship { reason }
  ... on ApprovedWithRelationship { date biomarker }
  ... on MentionsRelationship { claim }
  ... on CoAlteredWithRelationship { context count denominator }
}`;

export const GRAPH_INFO = `query ExplorerGraph {
  graph {
    version
    nodeCount
    relationshipCount
    relationshipCounts { type count }
  }
}`;

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) {
    score
    matchedField
    node { id key kind name aliases }
  }
}`;

const HOP = `relationships(types: $types, first: $first) {
        totalCount
        edges {
          direction
          node { id key kind name }
          relationship { ...RelationshipFacts }
        }
      }`;

// The neighbourhood of one node: `relationships` is a field of every kind, so the document names the kind it reads.
export function neighbourhood(kind) {
  return `query Neighbourhood($id: ID!, $types: [RelationshipType!], $first: Int) {
  node(id: $id) {
    id
    key
    kind
    name
    ... on ${kind} {
      ${HOP}
    }
  }
}

${RELATIONSHIP_FACTS}`;
}

// The second hop: every node of the first at once (one request, one store round trip per level), naming only the
// kinds present, since the cost limit counts each kind's fragment.
export function secondHop(kinds) {
  return `query SecondHop($ids: [ID!]!, $types: [RelationshipType!], $first: Int) {
  nodes(ids: $ids) {
    id
    kind
${kinds.map(kind => `    ... on ${kind} {
      ${HOP}
    }`).join('\n')}
  }
}

${RELATIONSHIP_FACTS}`;
}

export const NODE_DETAILS = `query NodeDetails($id: ID!) {
  node(id: $id) {
    id
    key
    kind
    name
    aliases
    status
    statusNote
    citations { value kind url }
    xrefs { scheme id key url label }
  }
}`;

// Approved for the variant first (its approvals, its classes' included), then by objective response rate: the arms
// come from the store in that order (ORR_PERCENT DESC); the page keeps it within each group.
export const VARIANT_DRUGS = `query VariantDrugsByEvidence($name: String!) {
  variant(name: $name) {
    key
    name
    approvals(includeClasses: true, first: 100) {
      nodes { key authority date status drug { key name } }
    }
    arms(includeClasses: true, first: 100, order: [{ node: ORR_PERCENT, direction: DESC }]) {
      totalCount
      edges {
        relationship { from { name } }
        node {
          key
          cohort
          setting
          lineOfTherapy
          analysis
          n
          orrPercent
          orrCi95Lower
          orrCi95Upper
          medianPfsMonths
          trial { key name }
          regimen { nodes { key name } }
          citations { value kind url }
        }
      }
    }
  }
}`;

// Adverse-event incidence of the arms that gave any of the drugs, any grade against grade 3 or higher.
export const DRUG_ADVERSE_EVENTS = `query DrugAdverseEvents($drugs: [String!]) {
  evidence(
    kinds: [ADVERSE_EVENT_RATE]
    where: { trialArm: { regimen: { some: { node: { id: { in: $drugs } } } } } }
    order: [{ adverseEvent: NAME }, { relationship: ANY_GRADE_PERCENT, direction: DESC }]
    first: 100
  ) {
    totalCount
    nodes {
      status
      citations { value kind url }
      from { key name ... on TrialArm { cohort n trial { name } regimen { nodes { key name } } } }
      to { key name }
      relationship {
        key
        qualifier
        ... on HasAdverseEventRelationship { n anyGradePercent grade3PlusPercent attribution source }
      }
    }
  }
  comparable: drugs(where: { arms: { some: { node: { adverseEvents: { some: {} } } } } }, first: 100) {
    nodes { key name }
  }
}`;

export const TRIAL_ARMS = `query TrialArmsSideBySide($id: String!) {
  trial(id: $id) {
    key
    name
    phase
    population
    primaryEndpoint
    citations { value kind url }
    arms(first: 100) {
      nodes {
        key
        name
        cohort
        analysis
        source
        setting
        lineOfTherapy
        dataCutoff
        n
        orrPercent
        orrCi95Lower
        orrCi95Upper
        dcrPercent
        medianPfsMonths
        medianDorMonths
        medianOsMonths
        grade3PlusTraePercent
        discontinuationPercent
        regimen { edges { node { name } relationship { role doseAmount doseUnit schedule } } }
        citations { value kind url }
      }
    }
  }
}`;

export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: 10) {
    length
    nodes { id key kind name }
    steps {
      direction
      relationship { ...RelationshipFacts }
    }
  }
}

${RELATIONSHIP_FACTS}`;
