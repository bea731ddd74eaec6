using Microsoft.Extensions.Configuration.Memory;

namespace Recruiting.Web.Hosting;

/// <summary>
/// Log settings the product starts from, below every other source (appsettings.json, environment variables and the
/// command line change them): EF Core's SQL only from Warning up, and in Production one JSON object per line
/// (the framework's JSON console formatter) for log collectors. `Logging:Console:FormatterName=simple` gives
/// readable lines back; `Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information` shows the SQL.
/// </summary>
public static class LoggingDefaults
{
    public static void AddLoggingDefaults(this IConfigurationBuilder config, IHostEnvironment environment)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Warning",
        };
        if (environment.IsProduction())
        {
            defaults["Logging:Console:FormatterName"] = "json";
            defaults["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";
            defaults["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true";
        }
        config.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
    }
}
