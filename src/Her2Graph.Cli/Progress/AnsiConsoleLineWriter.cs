using System.Text;
using Spectre.Console;

namespace Her2Graph.Cli.Progress;

/// <summary>
/// A TextWriter whose lines go through the Spectre console, which draws them above its live progress display; writing
/// to the terminal directly would tear the bars.
/// </summary>
internal sealed class AnsiConsoleLineWriter(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            console.WriteLine(_line.ToString().TrimEnd('\r'));
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty) Write(c);
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _line.Length > 0) console.WriteLine(_line.ToString());
        base.Dispose(disposing);
    }
}
