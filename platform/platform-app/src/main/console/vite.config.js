import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Built by Maven (see platform-app/pom.xml) into target/console, which the WAR serves at /.
// `npm run dev` serves it on its own and sends /api to a running Tradewind (TRADEWIND_URL).
export default defineConfig({
  plugins: [
    vue(),
    // Only the Element Plus components the screens use, each with its own CSS.
    Components({ dirs: [], dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css' })] })
  ],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false
  },
  build: {
    outDir: process.env.CONSOLE_OUT_DIR ?? fileURLToPath(new URL('../../../target/console', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 700
  },
  server: {
    proxy: { '/api': process.env.TRADEWIND_URL ?? 'http://localhost:9080' }
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.js'],
    // Element Plus goes through Vite in the tests too (its components import their CSS), so components
    // render with the server renderer in Node (test/listfilters.test.js).
    server: { deps: { inline: ['element-plus'] } }
  }
})
