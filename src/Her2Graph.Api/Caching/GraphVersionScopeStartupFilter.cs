namespace Her2Graph.Api.Caching;

/// <summary>Opens a <see cref="GraphVersionScope"/> for every HTTP request, first in the pipeline.</summary>
internal sealed class GraphVersionScopeStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Async, so that the scope ends with the request: an async method restores the caller's AsyncLocal values.
        app.Use(async (context, nextMiddleware) =>
        {
            GraphVersionScope.Begin();
            await nextMiddleware(context);
        });
        next(app);
    };
}
