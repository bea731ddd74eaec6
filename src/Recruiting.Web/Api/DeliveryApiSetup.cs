using Recruiting.Web.Api.Content;

namespace Recruiting.Web.Api;

public static class DeliveryApiSetup
{
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services, IConfiguration config)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddCors(cors => cors.AddPolicy(ContentApiEndpoints.CorsPolicy, policy =>
        {
            var origins = config.GetSection("Api:Cors:Origins").Get<string[]>() ?? [];
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET").AllowAnyHeader().WithExposedHeaders("ETag");
        }));
        services.AddSingleton<SiteAddress>();
        services.AddScoped<PublishedPostingReader>();
        return services;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.UseApiProblemResponses();
        app.UseCors();
        var maxAge = TimeSpan.FromSeconds(app.Configuration.GetValue("Api:CacheSeconds", 60));
        app.MapContentEndpoints(maxAge);
        app.MapOpenApi();
        app.MapUnknownApiRoutes();
        return app;
    }

    public static WebApplication MapManagementApi(this WebApplication app) => app;
}
