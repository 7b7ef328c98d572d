using System.Globalization;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.BackOffice.Observability;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace CarRentalGateway.BackOffice.Tests.Deploy;

/// <summary>
/// The Kubernetes manifests cannot be applied here (no cluster), so they are read back and checked against the app:
/// the probes call its real health endpoints, ports agree end to end, every setting is one the app reads, every
/// Secret key it needs is in the example, and the pods run as the hardened, non-root workload the deploy README says.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly IReadOnlyList<KubernetesDocument> Documents = DeployFiles.KubernetesDocuments();

    private static IEnumerable<KubernetesDocument> Manifests => Documents.Where(d => d.Kind != "Kustomization");

    private static KubernetesDocument Deployment => Single("Deployment");

    private static KubernetesDocument ConfigMap => Single("ConfigMap");

    private static KubernetesDocument SecretExample => Single("Secret");

    private static KubernetesDocument Job => Single("Job");

    private static YamlMappingNode AppContainer => Containers(Deployment).Single();

    [Fact]
    public void Every_manifest_names_its_api_version_kind_and_name()
    {
        Assert.NotEmpty(Manifests);
        foreach (var manifest in Manifests)
        {
            Assert.False(string.IsNullOrWhiteSpace(manifest.Text("apiVersion")), manifest.File);
            Assert.False(string.IsNullOrWhiteSpace(manifest.Kind), manifest.File);
            Assert.False(string.IsNullOrWhiteSpace(manifest.Name), manifest.File);
        }

        Assert.Equal(
            ["ConfigMap", "Deployment", "Ingress", "Job", "PodDisruptionBudget", "Secret", "Service"],
            Manifests.Select(m => m.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_kustomizations_list_every_manifest_but_the_secret_example()
    {
        var listed = Documents.Where(d => d.Kind == "Kustomization")
            .SelectMany(k => k.List("resources").Select(r => Path.Combine(Path.GetDirectoryName(k.File)!, KubernetesDocument.TextOf(r, k.File))))
            .ToList();

        Assert.All(listed, file => Assert.True(File.Exists(Path.Combine(DeployFiles.KubernetesFolder, file)), $"{file} is listed but missing"));
        Assert.Equal(
            Manifests.Where(m => m.Kind != "Secret").Select(m => m.File).Order(StringComparer.Ordinal),
            listed.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_probes_call_the_apps_health_endpoints_on_its_port()
    {
        Assert.Equal(HealthEndpoints.ReadyPath, Probe("readinessProbe").Text("httpGet.path"));
        Assert.Equal(HealthEndpoints.LivePath, Probe("livenessProbe").Text("httpGet.path"));
        Assert.Contains(Probe("startupProbe").Text("httpGet.path"), new[] { HealthEndpoints.LivePath, HealthEndpoints.ReadyPath });
        foreach (var probe in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
        {
            Assert.Equal(AppPort, ContainerPort(Probe(probe).Text("httpGet.port")));
        }
    }

    [Fact]
    public void Readiness_answers_within_its_probes_timeout_while_the_database_is_away()
    {
        var probeTimeout = TimeSpan.FromSeconds(int.Parse(Probe("readinessProbe").Text("timeoutSeconds"), CultureInfo.InvariantCulture));

        Assert.True(
            HealthEndpoints.DatabaseCheckTimeout < probeTimeout,
            $"The database check may take {HealthEndpoints.DatabaseCheckTimeout}, the readiness probe gives up after {probeTimeout}.");
    }

    [Fact]
    public void The_port_is_the_same_from_the_ingress_to_the_service_the_container_and_kestrel()
    {
        var service = Single("Service");
        var backend = IngressBackend;
        var servicePort = Assert.Single(service.List("spec.ports"), p => Text(p, "name") == Text(backend, "backend.service.port.name"));

        Assert.Equal(service.Name, Text(backend, "backend.service.name"));
        Assert.Equal(AppPort, ContainerPort(Text(servicePort, "targetPort")));
        Assert.Contains(AppPort, KestrelPorts);
        Assert.Equal(AppPort.ToString(CultureInfo.InvariantCulture), DockerfileTests.ExposedPort());
        Assert.Equal("ClusterIP", service.Text("spec.type"));
    }

    [Fact]
    public void Metrics_are_scraped_on_a_port_of_their_own_that_kestrel_listens_on_and_the_ingress_never_reaches()
    {
        var metricsPort = int.Parse(ConfigMapValue("Metrics__Port"), CultureInfo.InvariantCulture);
        var annotations = Annotations(Deployment.Map("spec.template.metadata.annotations"));

        Assert.Equal(metricsPort, ContainerPort("metrics"));
        Assert.Equal([AppPort, metricsPort], KestrelPorts.Order());
        Assert.Equal(metricsPort.ToString(CultureInfo.InvariantCulture), annotations["prometheus.io/port"]);
        Assert.Equal(MetricsOptions.Path, annotations["prometheus.io/path"]);
        Assert.Contains(Single("Service").List("spec.ports"), p => ContainerPort(Text(p, "targetPort")) == metricsPort);
        Assert.NotEqual(metricsPort, ContainerPort(Text(Assert.Single(Single("Service").List("spec.ports"),
            p => Text(p, "name") == Text(IngressBackend, "backend.service.port.name")), "targetPort")));
    }

    [Fact]
    public void The_service_the_disruption_budget_and_the_deployment_select_the_deployments_pods()
    {
        var podLabels = Labels(Deployment.Map("spec.template.metadata.labels"));

        foreach (var selector in new[]
                 {
                     Deployment.Map("spec.selector.matchLabels"),
                     Single("Service").Map("spec.selector"),
                     Single("PodDisruptionBudget").Map("spec.selector.matchLabels"),
                 })
        {
            Assert.Subset(podLabels.ToHashSet(), Labels(selector).ToHashSet());
        }
    }

    [Fact]
    public void Releases_and_disruptions_never_take_away_more_than_one_pod_and_never_before_its_replacement_is_ready()
    {
        Assert.True(int.Parse(Deployment.Text("spec.replicas"), CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("RollingUpdate", Deployment.Text("spec.strategy.type"));
        Assert.Equal("0", Deployment.Text("spec.strategy.rollingUpdate.maxUnavailable"));
        Assert.Equal("1", Single("PodDisruptionBudget").Text("spec.maxUnavailable"));
    }

    [Fact]
    public void Kubernetes_waits_longer_than_the_app_takes_to_drain_and_finish_its_requests()
    {
        var drain = TimeSpan.Parse(ConfigMapValue("Shutdown__DrainDelay"), CultureInfo.InvariantCulture);
        var requests = TimeSpan.Parse(ConfigMapValue("Shutdown__RequestTimeout"), CultureInfo.InvariantCulture);
        var grace = TimeSpan.FromSeconds(int.Parse(Deployment.Text("spec.template.spec.terminationGracePeriodSeconds"), CultureInfo.InvariantCulture));

        Assert.True(grace > drain + requests, $"terminationGracePeriodSeconds {grace} is not more than {drain} + {requests}");
        // The app drains itself (see GracefulShutdown): a preStop sleep would only add to the wait.
        Assert.Null(KubernetesDocument.Find(AppContainer, "lifecycle.preStop"));
    }

    [Fact]
    public void Every_pod_runs_as_a_non_root_user_on_a_read_only_filesystem_without_capabilities_and_with_resources_set()
    {
        var runAs = DockerfileTests.ImageUser();
        foreach (var workload in new[] { Deployment, Job })
        {
            var pod = new KubernetesDocument(workload.File, workload.Map("spec.template.spec"));
            Assert.Equal("true", pod.Text("securityContext.runAsNonRoot"));
            Assert.Equal(runAs, pod.Text("securityContext.runAsUser"));
            Assert.Equal("false", pod.Text("automountServiceAccountToken"));
            foreach (var container in Containers(workload).Select(c => new KubernetesDocument(workload.File, c)))
            {
                Assert.Equal("true", container.Text("securityContext.runAsNonRoot"));
                Assert.Equal("true", container.Text("securityContext.readOnlyRootFilesystem"));
                Assert.Equal("false", container.Text("securityContext.allowPrivilegeEscalation"));
                Assert.Equal(["ALL"], container.List("securityContext.capabilities.drop").Select(c => KubernetesDocument.TextOf(c, "drop")));
                foreach (var resource in new[] { "requests.cpu", "requests.memory", "limits.cpu", "limits.memory" })
                {
                    Assert.False(string.IsNullOrWhiteSpace(container.Text($"resources.{resource}")), $"{workload}: {resource}");
                }

                // The runtime writes its temporary files to /tmp, which must be a volume when the root is read-only.
                Assert.Contains("/tmp", container.List("volumeMounts").Select(m => Text(m, "mountPath")));
            }
        }
    }

    [Fact]
    public void The_report_folder_is_a_writable_volume_of_the_app()
    {
        Assert.Contains(ConfigMapValue("Reports__Directory"), List(AppContainer, "volumeMounts").Select(m => Text(m, "mountPath")));
    }

    [Fact]
    public void The_migration_job_runs_the_apps_migrate_verb_with_the_apps_image_and_settings()
    {
        var container = new KubernetesDocument(Job.File, Containers(Job).Single());
        var args = container.List("args").Select(a => KubernetesDocument.TextOf(a, "args")).ToArray();

        Assert.Equal("migrate", CommandLineVerb.Read(args).Name);
        Assert.Equal(Text(AppContainer, "image"), container.Text("image"));
        Assert.Equal("Never", Job.Text("spec.template.spec.restartPolicy"));
        Assert.Equal(
            ConfigMapReferences(Deployment),
            ConfigMapReferences(Job));
        Assert.Contains(("backoffice-secrets", "ConnectionStrings__MariaDb"), SecretReferences(Job));
    }

    [Fact]
    public void The_app_runs_on_mariadb_without_demo_data_and_leaves_migrations_to_the_job()
    {
        Assert.Equal("MariaDb", ConfigMapValue("Database__Provider"));
        Assert.Equal("false", ConfigMapValue("Database__MigrateOnStartup"));
        Assert.Equal("false", ConfigMapValue("DemoData__Enabled"));
        Assert.Contains(("backoffice-secrets", "ConnectionStrings__MariaDb"), SecretReferences(Deployment));
    }

    [Fact]
    public void Every_config_map_and_secret_key_the_pods_read_exists()
    {
        var secretKeys = SecretExample.Map("stringData").Children.Keys.Select(k => KubernetesDocument.TextOf(k, "stringData")).ToHashSet();
        var configKeys = ConfigMap.Map("data").Children.Keys.Select(k => KubernetesDocument.TextOf(k, "data")).ToHashSet();

        foreach (var workload in new[] { Deployment, Job })
        {
            Assert.All(ConfigMapReferences(workload), name => Assert.Equal(ConfigMap.Name, name));
            foreach (var (secret, key) in SecretReferences(workload))
            {
                Assert.Equal(SecretExample.Name, secret);
                Assert.Contains(key, secretKeys);
            }

            foreach (var (configMap, key) in KeyReferences(workload, "configMapKeyRef"))
            {
                Assert.Equal(ConfigMap.Name, configMap);
                Assert.Contains(key, configKeys);
            }
        }
    }

    [Fact]
    public void Every_config_map_and_secret_key_is_a_setting_the_app_reads()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(DeployFiles.AppSettingsFile).Build()
            .AsEnumerable().Select(setting => setting.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keys = ConfigMap.Map("data").Children.Keys.Concat(SecretExample.Map("stringData").Children.Keys)
            .Select(k => KubernetesDocument.TextOf(k, "key"));

        Assert.All(keys, key => Assert.True(settings.Contains(key.Replace("__", ":", StringComparison.Ordinal)), $"{key} is not in appsettings.json"));
    }

    [Fact]
    public void The_secret_example_holds_placeholders_only()
    {
        Assert.All(SecretExample.Map("stringData").Children.Values, value =>
            Assert.Contains("PLACEHOLDER", KubernetesDocument.TextOf(value, "value"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_ingress_keeps_a_browser_on_its_pod_holds_websockets_open_and_takes_the_largest_rate_sheet()
    {
        var annotations = Annotations(Single("Ingress").Map("metadata.annotations"));

        Assert.Equal("cookie", annotations["nginx.ingress.kubernetes.io/affinity"]);
        Assert.False(string.IsNullOrWhiteSpace(annotations["nginx.ingress.kubernetes.io/session-cookie-name"]));
        Assert.Equal("true", annotations["nginx.ingress.kubernetes.io/session-cookie-secure"]);
        foreach (var timeout in new[] { "proxy-read-timeout", "proxy-send-timeout" })
        {
            Assert.True(int.Parse(annotations[$"nginx.ingress.kubernetes.io/{timeout}"], CultureInfo.InvariantCulture) >= 3600, timeout);
        }

        Assert.Equal(long.Parse(ConfigMapValue("RateSheets__MaxFileBytes"), CultureInfo.InvariantCulture), NginxSize(annotations["nginx.ingress.kubernetes.io/proxy-body-size"]));
        Assert.Equal("nginx", Single("Ingress").Text("spec.ingressClassName"));
    }

    /// <summary>The port the pages are served on; the container's other port is for /metrics.</summary>
    private static int AppPort => ContainerPort("http");

    private static IEnumerable<int> KestrelPorts => EnvironmentValue(AppContainer, "ASPNETCORE_HTTP_PORTS")!
        .Split(';').Select(port => int.Parse(port, CultureInfo.InvariantCulture));

    /// <summary>Annotation keys have dots in them, so they are read as a whole map rather than by path.</summary>
    private static Dictionary<string, string> Annotations(YamlMappingNode annotations) => annotations.Children
        .ToDictionary(a => KubernetesDocument.TextOf(a.Key, "annotation"), a => KubernetesDocument.TextOf(a.Value, "annotation"));

    private static YamlNode IngressBackend => Assert.Single(List(Assert.Single(Single("Ingress").List("spec.rules")), "http.paths"));

    private static KubernetesDocument Single(string kind) => Assert.Single(Manifests, m => m.Kind == kind);

    private static KubernetesDocument Probe(string name) => new(Deployment.File, (YamlMappingNode)(KubernetesDocument.Find(AppContainer, name)
        ?? throw new Xunit.Sdk.XunitException($"The app container has no {name}.")));

    private static IEnumerable<YamlMappingNode> Containers(KubernetesDocument workload) =>
        workload.List("spec.template.spec.containers").Cast<YamlMappingNode>();

    /// <summary>A port given by number or by the container port's name, as a number.</summary>
    private static int ContainerPort(string port) => int.TryParse(port, CultureInfo.InvariantCulture, out var number)
        ? number
        : int.Parse(Text(List(AppContainer, "ports").Single(p => Text(p, "name") == port), "containerPort"), CultureInfo.InvariantCulture);

    private static string ConfigMapValue(string key) => ConfigMap.Text($"data.{key}");

    private static string? EnvironmentValue(YamlMappingNode container, string name) =>
        List(container, "env").Where(e => Text(e, "name") == name).Select(e => Text(e, "value")).SingleOrDefault();

    private static List<string> ConfigMapReferences(KubernetesDocument workload) =>
        Containers(workload).SelectMany(c => List(c, "envFrom"))
            .Select(from => KubernetesDocument.Find(from, "configMapRef.name"))
            .OfType<YamlNode>().Select(n => KubernetesDocument.TextOf(n, "configMapRef")).ToList();

    private static List<(string Name, string Key)> SecretReferences(KubernetesDocument workload) => KeyReferences(workload, "secretKeyRef");

    private static List<(string Name, string Key)> KeyReferences(KubernetesDocument workload, string kind) =>
        Containers(workload).SelectMany(c => List(c, "env"))
            .Select(e => KubernetesDocument.Find(e, $"valueFrom.{kind}"))
            .OfType<YamlNode>()
            .Select(reference => (Text(reference, "name"), Text(reference, "key")))
            .ToList();

    private static IEnumerable<(string, string)> Labels(YamlMappingNode labels) =>
        labels.Children.Select(l => (KubernetesDocument.TextOf(l.Key, "label"), KubernetesDocument.TextOf(l.Value, "label")));

    private static IReadOnlyList<YamlNode> List(YamlNode node, string path) =>
        KubernetesDocument.Find(node, path) is YamlSequenceNode list ? list.Children.ToList() : [];

    private static string Text(YamlNode node, string path) =>
        KubernetesDocument.TextOf(KubernetesDocument.Find(node, path) ?? throw new Xunit.Sdk.XunitException($"No {path}."), path);

    /// <summary>NGINX sizes: bytes, or k/m/g for KiB, MiB, GiB.</summary>
    private static long NginxSize(string size) => char.ToLowerInvariant(size[^1]) switch
    {
        'k' => long.Parse(size[..^1], CultureInfo.InvariantCulture) * 1024,
        'm' => long.Parse(size[..^1], CultureInfo.InvariantCulture) * 1024 * 1024,
        'g' => long.Parse(size[..^1], CultureInfo.InvariantCulture) * 1024 * 1024 * 1024,
        _ => long.Parse(size, CultureInfo.InvariantCulture),
    };
}
