using System.Globalization;
using System.Text;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>
/// A generated input value, written either as a GraphQL literal (inline argument) or as JSON (a variable). Numbers
/// keep their text so that values no .NET type holds (20 digits, 1e400) reach the server as written.
/// </summary>
internal abstract record FuzzValue
{
    public abstract void WriteLiteral(StringBuilder text);

    public abstract void WriteJson(StringBuilder json);

    /// <summary>A JSON string with everything outside printable ASCII escaped, lone surrogates included (a serializer refuses them).</summary>
    public static StringBuilder JsonText(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\' || c < ' ' || c > '~') json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else json.Append(c);
        }

        return json.Append('"');
    }

    public sealed record Null : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text) => text.Append("null");

        public override void WriteJson(StringBuilder json) => json.Append("null");
    }

    public sealed record Number(string Written) : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text) => text.Append(Written);

        public override void WriteJson(StringBuilder json) => json.Append(Written);
    }

    public sealed record Flag(bool Value) : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text) => text.Append(Value ? "true" : "false");

        public override void WriteJson(StringBuilder json) => json.Append(Value ? "true" : "false");
    }

    public sealed record Text(string Value) : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text)
        {
            text.Append('"');
            foreach (var c in Value)
            {
                // Quotes, backslashes, controls and surrogates are escaped (a lone surrogate can only be written escaped).
                if (c is '"' or '\\' || char.IsControl(c) || char.IsSurrogate(c)) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                else text.Append(c);
            }

            text.Append('"');
        }

        public override void WriteJson(StringBuilder json) => JsonText(json, Value);
    }

    /// <summary>An enum value: a bare name as a literal, a string in JSON (as variables carry enums).</summary>
    public sealed record EnumName(string Name) : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text) => text.Append(Name);

        public override void WriteJson(StringBuilder json) => JsonText(json, Name);
    }

    public sealed record Items(IReadOnlyList<FuzzValue> Values) : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text) => Write(text, v => v.WriteLiteral(text));

        public override void WriteJson(StringBuilder json) => Write(json, v => v.WriteJson(json));

        private void Write(StringBuilder output, Action<FuzzValue> write)
        {
            output.Append('[');
            for (var i = 0; i < Values.Count; i++)
            {
                if (i > 0) output.Append(", ");
                write(Values[i]);
            }

            output.Append(']');
        }
    }

    public sealed record Fields(IReadOnlyList<(string Name, FuzzValue Value)> Values) : FuzzValue
    {
        public override void WriteLiteral(StringBuilder text)
        {
            text.Append('{');
            for (var i = 0; i < Values.Count; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty).Append(Values[i].Name).Append(": ");
                Values[i].Value.WriteLiteral(text);
            }

            text.Append('}');
        }

        public override void WriteJson(StringBuilder json)
        {
            json.Append('{');
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, value) in Values)
            {
                if (!written.Add(name) && !FuzzSettings.DuplicateJsonKeys) continue;
                JsonText(json.Append(json[^1] == '{' ? string.Empty : ", "), name).Append(": ");
                value.WriteJson(json);
            }

            json.Append('}');
        }
    }
}
