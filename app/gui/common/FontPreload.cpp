#include "common/FontPreload.h"

#ifdef LEGCARE_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace legcare::gui::fonts {

void preloadConfiguration()
{
#ifdef LEGCARE_HAVE_FONTCONFIG
    // The same process-wide configuration Qt's font database uses: its own FcInit() then
    // finds it loaded. A failure here is Qt's to report when it tries the same.
    FcInit();
#endif
}

} // namespace legcare::gui::fonts
