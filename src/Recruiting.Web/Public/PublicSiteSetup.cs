using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Recruiting.Core.Workflow;
using Recruiting.Web.Localization;
using Recruiting.Web.Public.Rendered;

namespace Recruiting.Web.Public;

/// <summary>
/// The public careers site: Razor pages under Pages/Careers (English routes in the pages, French ones added
/// here), the error pages, redirects from old addresses (see Hosting/ErrorPages), sitemap, feeds and robots.txt.
/// </summary>
public static class PublicSiteSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<PublicSiteOptions>().Bind(config.GetSection(PublicSiteOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicSiteOptions>, PublicSiteOptionsValidator>();
        services.AddSingleton<SiteTheme>();
        services.AddPublicPageCache(config);
        services.AddRenderedPages();
        services.AddTextCatalog<PublicTexts>();
        services.Configure<RazorPagesOptions>(options =>
        {
            var french = PostingUrls.Index(Recruiting.Core.Content.Languages.French).TrimStart('/');
            options.Conventions.AddPageRoute("/Careers/Index", french);
            options.Conventions.AddPageRoute("/Careers/Posting", french + "/{slug}");
            options.Conventions.AddFolderApplicationModelConvention("/Careers",
                page => page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PublicPageCache.Policy }));
        });
        return services;
    }

    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.UseOutputCache();
        app.MapPublicEndpoints();
        SiteTheme.Map(app);
        return app;
    }
}
