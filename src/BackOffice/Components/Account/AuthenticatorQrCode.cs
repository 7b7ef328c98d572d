using System.Globalization;
using System.Text;
using QRCoder;

namespace CarRentalGateway.BackOffice.Components.Account;

/// <summary>
/// Draws the authenticator set-up link as a QR code in SVG. QRCoder only computes the modules here; the drawing is
/// our own few lines, so nothing touches System.Drawing (which needs libgdiplus on Linux).
/// </summary>
internal static class AuthenticatorQrCode
{
    /// <summary>An <c>img</c> source: a data URI of an SVG with black modules on a white square, quiet zone included.</summary>
    public static string ToSvgDataUri(string text) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(ToSvg(text)));

    public static string ToSvg(string text)
    {
        // Level M survives a smudged or glary phone screen and keeps the code small enough to scan from a monitor.
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;

        // One path, one rectangle per horizontal run of dark modules: small and crisp at any zoom.
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = rows[y];
            var x = 0;
            while (x < size)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < size && row[x])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""");
    }
}
