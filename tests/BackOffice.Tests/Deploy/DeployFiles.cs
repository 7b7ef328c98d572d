using YamlDotNet.RepresentationModel;

namespace CarRentalGateway.BackOffice.Tests.Deploy;

/// <summary>The repository's deploy/ folder as the tests read it: every Kubernetes document, and the Dockerfile's lines.</summary>
internal static class DeployFiles
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static string KubernetesFolder => Path.Combine(RepositoryRoot, "deploy", "k8s");

    public static string AppSettingsFile => Path.Combine(RepositoryRoot, "src", "BackOffice", "appsettings.json");

    /// <summary>Every YAML document under deploy/k8s, kustomizations included, with the file it came from.</summary>
    public static IReadOnlyList<KubernetesDocument> KubernetesDocuments() =>
        Directory.EnumerateFiles(KubernetesFolder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file =>
            {
                var stream = new YamlStream();
                using var reader = new StreamReader(file);
                stream.Load(reader);
                return stream.Documents.Select(document => new KubernetesDocument(
                    Path.GetRelativePath(KubernetesFolder, file),
                    Assert.IsType<YamlMappingNode>(document.RootNode)));
            })
            .ToList();

    /// <summary>The Dockerfile's instructions, continuation lines joined and comments left out.</summary>
    public static IReadOnlyList<(string Instruction, string Arguments)> DockerfileInstructions()
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot, "deploy", "Dockerfile")).Select(l => l.Trim()))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            pending += line.TrimEnd('\\');
            if (line.EndsWith('\\'))
            {
                pending += " ";
                continue;
            }

            var parts = pending.Split(' ', 2, StringSplitOptions.TrimEntries);
            instructions.Add((parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : ""));
            pending = "";
        }

        return instructions;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CarRentalGateway.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CarRentalGateway.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>One Kubernetes document, with paths into it that fail the test with the file and path when missing.</summary>
internal sealed record KubernetesDocument(string File, YamlMappingNode Root)
{
    public string Kind => Text("kind");

    public string Name => Text("metadata.name");

    public override string ToString() => $"{Kind} {Name} ({File})";

    /// <summary>The node at a dotted path ("spec.template.spec"), or null.</summary>
    public YamlNode? Find(string path) => Find(Root, path);

    public YamlNode At(string path) => Find(path) ?? throw new Xunit.Sdk.XunitException($"{File} has no {path}.");

    public string Text(string path) => TextOf(At(path), $"{File}: {path}");

    public YamlMappingNode Map(string path) => Assert.IsType<YamlMappingNode>(At(path));

    public IReadOnlyList<YamlNode> List(string path) => Assert.IsType<YamlSequenceNode>(At(path)).Children.ToList();

    public static YamlNode? Find(YamlNode node, string path)
    {
        var current = node;
        foreach (var key in path.Split('.'))
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static string TextOf(YamlNode node, string what) =>
        Assert.IsType<YamlScalarNode>(node).Value ?? throw new Xunit.Sdk.XunitException($"{what} is empty.");
}
