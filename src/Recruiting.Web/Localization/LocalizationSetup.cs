using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Recruiting.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddBilingualUi(this IServiceCollection services)
    {
        services.AddSingleton<Localizer>();
        return services;
    }

    /// <summary>
    /// The language of a request: the first path segment (/en/…, /fr/…) for the public site, else the
    /// console's language cookie, else the browser's Accept-Language, else English.
    /// </summary>
    public static WebApplication UseBilingualUi(this WebApplication app)
    {
        string[] cultures = ["en", "fr"];
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("en")
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures);
        options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context =>
        {
            var path = context.Request.Path.Value ?? "";
            var lang = path.Length >= 3 && (path[3..].Length == 0 || path[3] == '/') ? path[1..3] : null;
            return Task.FromResult(lang is "en" or "fr" ? new ProviderCultureResult(lang) : null);
        }));
        app.UseRequestLocalization(options);
        return app;
    }

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "fr" ? "fr" : "en");
}
