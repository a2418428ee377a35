using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Her2Graph.Cli.Progress;

/// <summary>The items of a stage done and in all (<c>128/512</c>): the counts, beside the percentage.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var text = task.IsIndeterminate
            ? task.Value.ToString("N0", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}");
        return new Text(text, new Style(Color.Grey));
    }
}
