import{j as e}from"../chunk-ZSOCVAT7.js";e();var t=async(n,s)=>({bundlePath:new URL("../tcn.tar.gz",import.meta.url)}),a={name:"tcn",setup:t};export{a as tcn};
//# sourceMappingURL=tcn.js.map