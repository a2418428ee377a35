namespace Her2Graph.Domain.Graph;

/// <summary>The relationship types of the HER2 graph, written as in Cypher (SCREAMING_SNAKE_CASE) in seed files and stores.</summary>
public enum RelationshipType
{
    InGene,
    Targets,
    SensitiveTo,
    ResistantTo,
    Evaluates,
    Enrolls,
    HasAdverseEvent,
    ConfersResistanceTo,
    Involves,
    MemberOf,
    ApprovedFor,
    Mentions,
    CoAlteredWith,
    HasArm,
    Studies,
    Approves,
    BasedOn,
    InDisease,
    ApprovedWith,
    SubtypeOf,
    OvercomeBy,
    InPathway,
}
