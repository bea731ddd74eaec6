using Microsoft.Extensions.DependencyInjection;
using Recruiting.Legacy.Export;
using Recruiting.Legacy.Import;

namespace Recruiting.Legacy;

public static class LegacyServices
{
    /// <summary>The Hugo importer and exporter; needs <c>AddRecruitingCore</c> (the database and the save pipeline).</summary>
    public static IServiceCollection AddLegacyImportAndExport(this IServiceCollection services)
    {
        services.AddScoped<LegacyImporter>();
        services.AddScoped<HugoExporter>();
        return services;
    }
}
