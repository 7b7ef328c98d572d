using ClosedXML.Excel;
using Microsoft.Playwright;

namespace CarRentalGateway.EndToEnd.Tests.Infrastructure;

public static class Downloads
{
    /// <summary>
    /// The downloaded workbook, read from its bytes: Chromium saves downloads under a name without an extension, which
    /// ClosedXML will not open by path.
    /// </summary>
    public static async Task<XLWorkbook> WorkbookAsync(IDownload download) =>
        new(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)));
}
