using Microsoft.Extensions.Configuration.Memory;

namespace Recruiting.Web.Hosting;

/// <summary>
/// Log settings the product starts from, below every other source (appsettings.json, environment variables and the
/// command line change them): EF Core's SQL only from Warning up, and in Production one JSON object per line
/// (the framework's JSON console formatter) for log collectors. `Logging:Console:FormatterName=simple` gives
/// readable lines back; `Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information` shows the SQL.
/// <para>
/// ASP.NET Core's per-request hosting log (`Microsoft.AspNetCore.Hosting.Diagnostics`: "Request starting…", "Request
/// finished…", at Information, so never shown at the Warning level the framework logs from) is off: while its category
/// is enabled at any level, every request starts an Activity and a logging scope whether anything records them or not,
/// about 8 % of a stored page's throughput (README, Deploy). Tracing (`OTEL_EXPORTER_OTLP_ENDPOINT`) still gets its
/// Activity; `Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information` brings the request log back.
/// </para>
/// </summary>
public static class LoggingDefaults
{
    public const string HostingRequestLog = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static void AddLoggingDefaults(this IConfigurationBuilder config, IHostEnvironment environment)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Warning",
            [$"Logging:LogLevel:{HostingRequestLog}"] = "None",
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
