using Microsoft.Extensions.FileProviders;
using Recruiting.Web.Hosting;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The postings part of the console: its services, the scheduler and the editor's npm assets.</summary>
public static class PostingsAdminSetup
{
    public static IServiceCollection AddPostingsAdmin(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PostingListQuery>();
        services.AddScoped<UserClock>();
        services.AddScoped<TranslationDraft>();
        services.AddScoped<CareersIndexEditor>();
        services.AddSingleton<PendingImports>();
        services.AddSingleton<TextCatalog, PostingsAdminTexts>();
        services.AddSingleton<PublishingScheduler>();
        services.AddHostedService(s => s.GetRequiredService<PublishingScheduler>());
        return services;
    }

    /// <summary>
    /// Serves the Markdown editor from the root node_modules (installed by `npm ci`) at /lib/easymde; when it is
    /// missing the editor stays a plain textarea.
    /// </summary>
    public static WebApplication UsePostingsAdmin(this WebApplication app)
    {
        var dist = Path.Combine(app.Services.GetRequiredService<AppRoot>().Path, "node_modules", "easymde", "dist");
        if (Directory.Exists(dist))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = "/lib/easymde" });
        return app;
    }
}
