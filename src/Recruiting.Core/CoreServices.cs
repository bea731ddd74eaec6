using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Recruiting.Core.Delivery;
using Recruiting.Core.Lint;
using Recruiting.Core.Rendering;
using Recruiting.Core.Storage;
using Recruiting.Core.Telemetry;
using Recruiting.Core.Workflow;

namespace Recruiting.Core;

public static class CoreServices
{
    public static IServiceCollection AddRecruitingCore(this IServiceCollection services, IConfiguration config)
    {
        services.AddRecruitingStorage(config);
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<RecruitingMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostingEventSink, PostingEventMetrics>());
        services.TryAddSingleton(Content.PageTypeSet.Default);
        services.AddSingleton<BodyRenderer>();
        services.AddSingleton<PublicContentChanges>();
        services.AddScoped<PostingWorkflow>();
        services.AddScoped<PageWorkflow>();
        services.AddScoped<PublicPostingReader>();
        services.AddScoped<SiteLint>();
        return services;
    }
}
