using Spectre.Console;

namespace Her2Graph.Cli.Progress;

/// <summary>Progress on a terminal: a Spectre.Console bar per stage with its counts, report lines written above the bars.</summary>
internal sealed class SpectreProgress : CommandProgress
{
    private readonly ProgressContext _context;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProgressTask> _tasks = [];
    private ProgressTask? _current;

    private SpectreProgress(IAnsiConsole console, ProgressContext context)
    {
        _context = context;
        Log = new AnsiConsoleLineWriter(console);
    }

    public override TextWriter Log { get; }

    public override void Report(string stage, long done, long? total)
    {
        lock (_lock)
        {
            if (!_tasks.TryGetValue(stage, out var task))
            {
                Finish(_current);
                task = _context.AddTask(stage, autoStart: true, maxValue: Math.Max(total ?? 1, 1));
                _tasks.Add(stage, task);
            }

            _current = task;
            task.IsIndeterminate = total is null;
            task.MaxValue = Math.Max(total ?? done, 1);
            task.Value = done;
        }
    }

    public static async Task<T> RunAsync<T>(TextWriter output, Func<CommandProgress, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var progress = new SpectreProgress(console, context);
                try
                {
                    return await work(progress);
                }
                finally
                {
                    lock (progress._lock) Finish(progress._current);
                }
            });
    }

    /// <summary>A stage is over when the next begins (or the command ends): its bar shows full, without a total too.</summary>
    private static void Finish(ProgressTask? task)
    {
        if (task is null || task.IsFinished) return;
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
