using System.Collections;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Limits;

/// <summary>
/// The limits on one argument's value, on the engine's runtime shapes (string, list, input object as a dictionary) so
/// that literals (by <see cref="LiteralValues"/>) and variables (by <see cref="ArgumentLimitsValidationRule"/>) get the
/// same verdict. Linear in the value's size.
/// </summary>
internal static class ArgumentValueLimits
{
    /// <summary>The first limit the value breaks, as a message and code; null when it keeps them all.</summary>
    /// <param name="isQuery">List sizes bound reads; a curator's import legitimately sends hundreds of records.</param>
    public static (string Code, string Message)? Check(EdgeLimitsOptions limits, string field, string argument, object? value, bool isQuery)
    {
        if (field == "search" && argument == "text" && value is string text && SearchTextBreaks(limits, "search(text:)", text) is { } tooLong) return tooLong;

        if (argument == "where" && value is IDictionary<string, object?> filter)
        {
            var terms = 0;
            if (FilterBreaks(limits, filter, depth: 0, ref terms) is { } broken) return broken;
        }

        if (ValueBreaks(limits, $"{field}({argument}:)", value, isQuery) is { } valueBreaks) return valueBreaks;

        // Each name is searched for as a search text is.
        if (field == "resolve" && argument == "names" && value is IEnumerable names)
        {
            foreach (var name in names.OfType<string>())
            {
                if (SearchTextBreaks(limits, "A name in resolve(names:)", name) is { } nameTooLong) return nameTooLong;
            }
        }

        return null;
    }

    private static (string, string)? SearchTextBreaks(EdgeLimitsOptions limits, string what, string text)
    {
        if (text.Length > limits.MaxSearchCharacters)
            return (ErrorCodes.SearchTextTooLong.Code, $"{what} holds {text.Length} characters; at most {limits.MaxSearchCharacters} are allowed.");
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words > limits.MaxSearchWords
            ? (ErrorCodes.SearchTextTooLong.Code, $"{what} holds {words} words; at most {limits.MaxSearchWords} are allowed.")
            : null;
    }

    private static (string, string)? ValueBreaks(EdgeLimitsOptions limits, string where, object? value, bool isQuery)
    {
        switch (value)
        {
            case string text when text.Length > limits.MaxStringLength:
                return (ErrorCodes.StringTooLong.Code, $"A string in {where} holds {text.Length} characters; at most {limits.MaxStringLength} are allowed.");
            case IDictionary<string, object?> fields:
                foreach (var item in fields.Values)
                {
                    if (ValueBreaks(limits, where, item, isQuery) is { } broken) return broken;
                }

                return null;
            case IEnumerable items and not string:
                var count = 0;
                foreach (var item in items)
                {
                    if (++count > limits.MaxListItems && isQuery)
                        return (ErrorCodes.ListTooLong.Code, $"A list in {where} holds more than {limits.MaxListItems} items, the most allowed.");
                    if (ValueBreaks(limits, where, item, isQuery) is { } broken) return broken;
                }

                return null;
            default:
                return null;
        }
    }

    // A term is one condition on one field; and/or/not, a traversal's relationship:/node: and a link's some:/none:/where:
    // only group terms, and each grouping is one level deeper (so a chain of links nests as and/or/not do).
    private static (string, string)? FilterBreaks(EdgeLimitsOptions limits, IDictionary<string, object?> filter, int depth, ref int terms)
    {
        if (depth > limits.MaxFilterDepth)
            return (ErrorCodes.FilterTooDeep.Code, $"The where filter nests and/or/not, relationship/node and links deeper than {limits.MaxFilterDepth} levels.");
        foreach (var (_, value) in filter)
        {
            switch (value)
            {
                case IDictionary<string, object?> condition when FilterShape.IsCondition(condition):
                    if (++terms > limits.MaxFilterTerms)
                        return (ErrorCodes.FilterTooLarge.Code, $"The where filter holds more than {limits.MaxFilterTerms} conditions, the most allowed.");
                    break;
                case IDictionary<string, object?> nested:
                    if (FilterBreaks(limits, nested, depth + 1, ref terms) is { } broken) return broken;
                    break;
                case IEnumerable group and not string:
                    foreach (var item in group)
                    {
                        if (item is IDictionary<string, object?> inner && FilterBreaks(limits, inner, depth + 1, ref terms) is { } inGroup) return inGroup;
                    }

                    break;
                case not null when ++terms > limits.MaxFilterTerms:
                    return (ErrorCodes.FilterTooLarge.Code, $"The where filter holds more than {limits.MaxFilterTerms} conditions, the most allowed.");
            }
        }

        return null;
    }
}
