using System.Text.RegularExpressions;

namespace Her2Graph.Domain.Store.Listing;

/// <summary>
/// The rule for a filter or order field that is not one of <see cref="NodeFields"/>: it names a node property.
/// Both graph store adapters must check such fields through this type so that they accept and refuse the same
/// names; each then writes the name into its own statement text (a JSON path, a property key).
/// </summary>
public static partial class PropertyFields
{
    /// <summary>The field itself when it is a property name (a letter or '_', then letters, digits, '_'); throws <see cref="ArgumentException"/> otherwise.</summary>
    public static string Checked(string field) =>
        PropertyName().IsMatch(field) ? field : throw new ArgumentException($"'{field}' is not a property name", nameof(field));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PropertyName();
}
