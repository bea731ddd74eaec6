using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Api.Management;
using Recruiting.Web.Api.Tokens;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Api;

/// <summary>
/// Everything under /api: the content API (anonymous, published content), the management API with its personal API
/// tokens, their OpenAPI document, and problem+json answers for every error.
/// </summary>
public static class ApiSetup
{
    public static IServiceCollection AddApis(this IServiceCollection services, IConfiguration config)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiBadRequests>();
        // Binding failures throw so that ApiBadRequests answers them with the field at fault.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(openApi => openApi.AddSchemaTransformer<PageTypeSchemas>());
        services.AddCors(cors => cors.AddPolicy(ContentApiEndpoints.CorsPolicy, policy =>
        {
            var origins = config.GetSection("Api:Cors:Origins").Get<string[]>() ?? [];
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET").AllowAnyHeader().WithExposedHeaders("ETag");
        }));
        services.TryAddSingleton<SiteAddress>();
        services.AddSingleton<ContentApiHeaders>();
        services.AddScoped<ContentApiAnswers>();
        services.AddScoped<ApiTokenService>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddTextCatalog<ApiTexts>();
        return services;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.UseApiProblemResponses();
        app.MapContentEndpoints(app.Services.GetRequiredService<ContentApiHeaders>().CacheControl);
        app.MapOpenApi();
        app.MapUnknownApiRoutes();
        return app;
    }

    public static WebApplication MapManagementApi(this WebApplication app)
    {
        // Authenticated by the middleware UseSignInAndRoles adds (one pipeline for the console and this API).
        app.MapManagementEndpoints();
        return app;
    }
}
