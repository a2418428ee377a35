using GraphQL.Types;

namespace Her2Graph.Api.Schema.EvidenceList;

/// <summary>The kinds of evidence row (ARM_RESULT…); the value is the relationship type the kind is made of.</summary>
internal sealed class EvidenceKindGraphType : EnumerationGraphType
{
    public EvidenceKindGraphType()
    {
        Name = "EvidenceKind";
        Description = "What an evidence row records; each kind is one relationship type.";
        foreach (var (name, type, description) in EvidenceKinds.All) Add(name, type, description);
    }
}
