namespace Recruiting.Web.Public.Rendered;

/// <summary>Public pages rendered on publication and answered from their stored bytes (README, "Rendered pages").</summary>
public static class RenderedPagesSetup
{
    public static IServiceCollection AddRenderedPages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<RenderedPageMemory>();
        services.AddSingleton<PageRenderer>();
        services.AddHostedService(provider => provider.GetRequiredService<PageRenderer>());
        return services;
    }

    public static WebApplication UseRenderedPages(this WebApplication app)
    {
        app.UseMiddleware<RenderedPagesMiddleware>();
        return app;
    }
}
