using System.Buffers;
using System.Globalization;
using System.Text;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// What a key (a node id, a relationship qualifier) may be: printable text, without surrounding white space, of at
/// most <see cref="MaxLength"/> characters. Keys are matched exactly, so an invisible or look-alike character would
/// make two keys that read the same differ.
/// </summary>
internal static class KeyRules
{
    public const int MaxLength = 200;

    /// <summary>True when the key is acceptable; otherwise adds the first problem found and returns false.</summary>
    /// <param name="what">What the key is, for messages: <c>node id</c>, <c>qualifier</c>.</param>
    public static bool Check(string key, string what, string location, ErrorList errors)
    {
        var length = 0;
        for (var i = 0; i < key.Length; length++)
        {
            if (Rune.DecodeFromUtf16(key.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                errors.Add(ErrorCodes.KeyNotPrintable, location, $"{what} has a lone UTF-16 surrogate at character {length + 1}: a key is printable text");
                return false;
            }

            if (!IsPrintable(rune))
            {
                errors.Add(ErrorCodes.KeyNotPrintable, location,
                    $"{what} has the unprintable character U+{rune.Value:X4} at character {length + 1}: a key is printable text, with plain spaces only");
                return false;
            }

            i += consumed;
        }

        if (key.Length > 0 && (char.IsWhiteSpace(key[0]) || char.IsWhiteSpace(key[^1])))
        {
            errors.Add(ErrorCodes.KeyNotTrimmed, location, $"{what} '{Shown(key)}' starts or ends with a space: write it without");
            return false;
        }

        if (length <= MaxLength) return true;
        errors.Add(ErrorCodes.KeyTooLong, location, $"{what} '{Shown(key)}' is {length} characters long: a key is at most {MaxLength}");
        return false;
    }

    // The start of a long key is enough to find it; cut between characters, never inside a surrogate pair.
    private static string Shown(string key)
    {
        var runes = key.EnumerateRunes().ToList();
        return runes.Count <= 40 ? key : string.Concat(runes.Take(40).Select(r => r.ToString())) + "…";
    }

    // Control, format (zero-width, bidirectional), private-use and unassigned characters, line and paragraph separators,
    // and spaces other than U+0020 (a no-break space reads as a space but does not match one).
    private static bool IsPrintable(Rune rune) =>
        rune.Value == ' ' || Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
}
