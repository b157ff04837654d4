import{j as e}from"../chunk-ZSOCVAT7.js";e();var t=async(n,s)=>({bundlePath:new URL("../cube.tar.gz",import.meta.url)}),a={name:"cube",setup:t};export{a as cube};
//# sourceMappingURL=cube.js.map