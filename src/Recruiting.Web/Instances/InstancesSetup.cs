using Microsoft.Extensions.DependencyInjection.Extensions;
using Recruiting.Core.Delivery;
using Recruiting.Web.Hosting;
using Recruiting.Web.Public.Rendered;

namespace Recruiting.Web.Instances;

/// <summary>
/// What lets several instances of the site share one database and behave as one site (README, "Running several
/// instances"): database locks for start-up and the scheduler, data-protection keys in the database, and changes to
/// public content relayed to every instance.
/// </summary>
public static class InstancesSetup
{
    public static IServiceCollection AddSeveralInstances(this IServiceCollection services, IConfiguration config, AppRoot root)
    {
        services.AddDatabaseLocks();
        services.AddSharedKeys(config, root);
        services.AddPublicContentAnnouncements();
        services.AddHostedService<RelayedChangesListener>();
        return services;
    }

    public static IServiceCollection AddDatabaseLocks(this IServiceCollection services)
    {
        services.TryAddSingleton<DatabaseLocks>();
        return services;
    }

    /// <summary>
    /// Removes the stored pages a committed change to public content makes wrong (<see cref="StoredPagesRemoval"/>) and
    /// announces the change to the other processes using the database (<see cref="PublicContentRelay"/>): enough for the
    /// command line, whose imports the running site then hears.
    /// </summary>
    public static IServiceCollection AddPublicContentAnnouncements(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PublicContentRelay))) return services;
        // Listeners are told in the order registered: the stored pages a change makes wrong are gone before the other
        // instances hear of it, or they could read them again into memory.
        services.AddSingleton<RenderedPageStore>();
        services.AddSingleton<IPublicContentListener, StoredPagesRemoval>();
        services.AddSingleton<PublicContentRelay>();
        services.AddSingleton<IPublicContentListener>(provider => provider.GetRequiredService<PublicContentRelay>());
        return services;
    }
}
