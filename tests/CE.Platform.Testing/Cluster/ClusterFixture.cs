namespace CE.Platform.Testing.Cluster;

/// <summary>
/// Three instances of the built app on one PostgreSQL database behind Debian's nginx (docs/nginx.conf):
/// the first runs Hangfire, the other two are web-only. The instances reach the database through a
/// <see cref="TcpProxy"/> the tests can cut. Clients from <see cref="NewClient"/> go through nginx; the
/// in-process app of the base fixture, on the same database, is for set-up and for looking at the data.
/// Without nginx the tests are skipped, or fail when CE_REQUIRE_NGINX=1.
/// </summary>
public sealed class ClusterFixture() : AppFixture(DatabaseKind.PostgreSql)
{
    /// <summary>The instances' limit of look-ups by certificate number (the site's default); no other cluster test looks one up.</summary>
    public const int NumberLookupsPerMinute = 20;

    private readonly List<AppInstance> instances = [];
    private TcpProxy? proxy;
    private string? proxiedConnectionString;
    private NginxBalancer? balancer;
    private string? unavailable;

    public NginxBalancer Balancer
    {
        get
        {
            if (balancer is null)
            {
                _ = Factory; // skips or fails first when PostgreSQL is the missing piece
                Requirements.Unavailable(NginxBalancer.RequireVariable, unavailable ?? "nginx did not start.");
            }

            return balancer!;
        }
    }

    public IReadOnlyList<AppInstance> Instances => instances;

    /// <summary>The instance with the Hangfire server; the others only queue jobs.</summary>
    public AppInstance JobServer => instances[0];

    public TcpProxy Proxy => proxy ?? throw new InvalidOperationException("The database was not created.");

    public TestDatabase Database => Factory.Database;

    /// <summary>How much each instance has logged so far, to read only what follows with <see cref="FailuresSince"/>.</summary>
    public IReadOnlyList<int> LogMarks() => [.. instances.Select(i => i.Transcript.Length)];

    /// <summary>The error and critical entries (with their exceptions) each instance logged after <paramref name="marks"/>, for a failure message.</summary>
    public string FailuresSince(IReadOnlyList<int> marks) => string.Join("\n", instances.Select((i, n) =>
        $"--- {i.Name}:\n{ConsoleLogEntries.Failures(i.Transcript[Math.Min(marks[n], i.Transcript.Length)..])}"));

    // The in-process app neither runs jobs nor serves the balancer: the instances do.
    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" };

    public override async ValueTask InitializeAsync()
    {
        // The in-process app migrates the database and imports the courses before any instance starts.
        await base.InitializeAsync();
        if (!IsAvailable)
        {
            return;
        }

        (proxy, proxiedConnectionString) = TcpProxy.InFrontOf(Factory.Database.ConnectionString + ";Maximum Pool Size=20");
        var balancerPort = LoopbackPorts.Free();
        var publicUrl = $"http://127.0.0.1:{balancerPort}";
        instances.Add(new AppInstance("jobs", LoopbackPorts.Free(), InstanceSettings(publicUrl, runsJobs: true)));
        instances.Add(new AppInstance("web-1", LoopbackPorts.Free(), InstanceSettings(publicUrl, runsJobs: false)));
        instances.Add(new AppInstance("web-2", LoopbackPorts.Free(), InstanceSettings(publicUrl, runsJobs: false)));
        (balancer, unavailable) = await NginxBalancer.TryStartAsync(balancerPort, [.. instances.Select(i => i.Port)]);
        if (balancer is not null)
        {
            await Task.WhenAll(instances.Select(i => i.StartAsync()));
        }
    }

    /// <summary>A browser-like client of the balancer, with its own User-Agent to find its requests in nginx's log.</summary>
    public override AppClient NewClient()
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(Balancer.Url),
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd($"ce-cluster-test/{Guid.NewGuid():N}");
        return new AppClient(http);
    }

    /// <summary>The requests nginx logged for <paramref name="client"/>, oldest first.</summary>
    public IReadOnlyList<AccessLogEntry> RequestsOf(AppClient client)
    {
        var agent = client.Http.DefaultRequestHeaders.UserAgent.ToString();
        return [.. Balancer.AccessLog().Where(e => e.UserAgent == agent)];
    }

    public AppInstance InstanceOn(int port) => instances.Single(i => i.Port == port);

    /// <summary>Starts again any instance an earlier test stopped or killed, so every test begins with the whole cluster.</summary>
    public async Task EnsureAllRunningAsync()
    {
        _ = Balancer;
        Proxy.Restore();
        await Task.WhenAll(instances.Where(i => !i.IsRunning).Select(i => i.StartAsync()));
    }

    public override async ValueTask DisposeAsync()
    {
        balancer?.Dispose();
        instances.ForEach(i => i.Dispose());
        await base.DisposeAsync();
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }
    }

    private Dictionary<string, string> InstanceSettings(string publicUrl, bool runsJobs) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Default"] = proxiedConnectionString!,
        ["Email:PickupFolder"] = Factory.MailFolder,
        ["ForwardedHeaders:Enabled"] = "true",
        ["Jobs:RunServer"] = runsJobs ? "true" : "false",
        ["Jobs:QueuePollInterval"] = "00:00:00.200",
        ["Jobs:WorkerCount"] = "2",
        ["Site:PublicUrl"] = publicUrl,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:CE.Platform.Web.Data.DatabasePreparation"] = "Information",
        // Every test client comes from one address, and the limits are counted for the whole cluster: high, so
        // that they stay out of the tests' way, except the number look-ups, whose limit ClusterPropagationTests exhausts.
        ["Certificates:NumberLookupsPerMinute"] = NumberLookupsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Certificates:TokenLookupsPerMinute"] = "100000",
        ["RateLimits:AccountFormsPerMinute"] = "100000",
        ["RateLimits:QuizPostsPerMinute"] = "100000",
        ["Security:RequireTwoFactorForRoles"] = "",
    };
}
